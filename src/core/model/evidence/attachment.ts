// A picture is not a name. An embedded attachment (`![[Windows 7 Taskbar.png]]`,
// `![[talk.mp3]]`) shows a file in the note: it says what a row looks like, not that
// the note is about a thing of that name, and a cell holding the label's own file is
// the label again, not one of its values. General, whatever the note compares: a
// gallery (`| OS | Screenshot |`, each row beside its screenshot) compares nothing.

/** The image formats Obsidian embeds. */
const IMAGE_FORMATS = "avif|bmp|gif|jpe?g|png|svg|webp";
const IMAGE = new RegExp(`\\.(?:${IMAGE_FORMATS})$`, "iu");
/** The file formats Obsidian shows in place: images, audio, video and PDF. */
const SHOWN = new RegExp(`\\.(?:${IMAGE_FORMATS}|flac|m4a|mp3|ogg|wav|3gp|mkv|mov|mp4|ogv|webm|pdf)$`, "iu");

/** `logo.svg`, `shot.PNG`: an image file, which an embed shows as a picture. */
export function isImageFile(target: string): boolean {
	return IMAGE.test(target);
}

/** `chart.png`, `docs/shot.JPG`: a file the note shows in place, not a note. */
export function isShownFile(target: string): boolean {
	return SHOWN.test(target.trim());
}

/**
 * `windows 7 taskbar.png` beside the label `Windows 7 Taskbar`, `plank dock (app).png` beside
 * `Plank Dock (app)`: the value is the label's own file. `value` and `labels` lower-cased.
 */
export function isOwnFile(value: string, ...labels: string[]): boolean {
	if (!isShownFile(value)) return false;
	const stem = value.slice(0, value.lastIndexOf(".")).trim();
	return labels.some((label) => label.trim() === stem);
}
