/** Messages of the network section. */
const fi = {
	title: 'Verkoston rakenne'
};
export type NetworkMessages = typeof fi;

const sv: NetworkMessages = {
	title: 'Nätverkets struktur'
};

const en: NetworkMessages = {
	title: 'Network structure'
};

export default { fi, sv, en };
