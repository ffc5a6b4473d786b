/** Messages of the directory section. */
const fi = {
	title: 'Hakemisto'
};
export type DirectoryMessages = typeof fi;

const sv: DirectoryMessages = {
	title: 'Katalog'
};

const en: DirectoryMessages = {
	title: 'Directory'
};

export default { fi, sv, en };
