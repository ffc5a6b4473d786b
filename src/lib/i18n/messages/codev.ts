/** Messages of the codev section. */
const fi = {
	title: 'Yhteiskehittäminen'
};
export type CodevMessages = typeof fi;

const sv: CodevMessages = {
	title: 'Samutveckling'
};

const en: CodevMessages = {
	title: 'Co-development'
};

export default { fi, sv, en };
