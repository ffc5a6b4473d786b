/**
 * The Finnish messages: the source of the catalogue's type, shipped with every
 * page. (Apart from catalogue.ts so that sv/ and en/ can take the type from
 * here without an import loop.)
 */
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

/** The Finnish messages (always loaded; the fallback while another language loads). */
export const fi = {
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
export type Messages = typeof fi;
