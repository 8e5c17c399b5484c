// Every state change of accounts, one named command each (see the files for the details).
export { login, completeSecondFactor, enrolSecondFactorAtLogin, logout } from './login-commands';
export { requestPasswordReset, resetPassword, acceptInvitation, changePassword } from './password-commands';
export { verifyEmail, resendVerificationMail } from './verification-commands';
export { updatePreferences, enableSecondFactor, regenerateRecoveryCodes, disableSecondFactor } from './account-commands';
export { inviteAccount, invitedAccountStatements, resendInvitation } from './invitations';
