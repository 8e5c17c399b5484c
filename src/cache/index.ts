export { publicPageCache } from './middleware';
export { invalidatePublicPages } from './generation';
export { PAGE_TTL_SECONDS } from './keys';
