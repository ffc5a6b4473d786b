/** Messages of the sharing section. */
const fi = {
	title: 'Tietojen jakaminen'
};
export type SharingMessages = typeof fi;

const sv: SharingMessages = {
	title: 'Delning av uppgifter'
};

const en: SharingMessages = {
	title: 'Sharing data'
};

export default { fi, sv, en };
