/** Whether the user has made the first-run choice (demo or empty). */
import { db } from '$lib/db/connection';
import { getMeta, setMeta } from '$lib/db/meta';

export const isOnboarded = async () => (await getMeta<boolean>(db(), 'onboarded')) === true;
export const markOnboarded = () => setMeta(db(), 'onboarded', true);
