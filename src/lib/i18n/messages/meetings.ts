/** Messages of the meetings section. */
const fi = {
	title: 'Kokoukset ja tapahtumat'
};
export type MeetingsMessages = typeof fi;

const sv: MeetingsMessages = {
	title: 'Möten och evenemang'
};

const en: MeetingsMessages = {
	title: 'Meetings and events'
};

export default { fi, sv, en };
