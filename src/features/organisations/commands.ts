// Every state change of organisations, one named command each (see the files for the details).
export {
  saveOrganisationProfile,
  submitOrganisationRevision,
  updateOrganisationApplication,
  withdrawOrganisationRevision,
} from './application-commands';
export { approveOrganisation, approveOrganisationRevision, rejectOrganisation, rejectOrganisationRevision } from './decision-commands';
