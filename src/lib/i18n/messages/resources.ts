/** Messages of the resources section. */
const fi = {
	title: 'Resurssit ja tietolähteet'
};
export type ResourcesMessages = typeof fi;

const sv: ResourcesMessages = {
	title: 'Resurser och kunskapskällor'
};

const en: ResourcesMessages = {
	title: 'Resources and knowledge'
};

export default { fi, sv, en };
