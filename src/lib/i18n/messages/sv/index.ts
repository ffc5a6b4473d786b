/**
 * Every area's Swedish messages, loaded only when the UI is in Swedish
 * (a chunk of its own; see ../../catalogue.ts).
 */
import type { Messages } from '../fi';
import common from './common';
import vocab from './vocab';
import home from './home';
import settings from './settings';
import directory from './directory';
import network from './network';
import meetings from './meetings';
import codev from './codev';
import resources from './resources';
import sharing from './sharing';
import sheets from './sheets';

const sv: Messages = {
	common,
	vocab,
	home,
	settings,
	directory,
	network,
	meetings,
	codev,
	resources,
	sharing,
	sheets
};
export default sv;
