/** Whether the user has made the first-run choice (demo, own area or empty). */
import { db } from '$lib/db/connection';
import { getMeta } from '$lib/db/meta';
import { ONBOARDED_META_KEY } from '$lib/domain/reference/start';
import { startEmpty } from './start';

export const isOnboarded = async () => (await getMeta<boolean>(db(), ONBOARDED_META_KEY)) === true;
/** The empty start: see services/start. */
export const markOnboarded = () => startEmpty();
