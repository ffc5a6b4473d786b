/** One choice in a record picker: the record's id, its name and a detail that tells namesakes apart. */
export interface PickerOption {
	id: string;
	label: string;
	detail?: string;
}
