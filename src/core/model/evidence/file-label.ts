import { isShownFile } from "./attachment";
import type { NameRule } from "./rule";

/** One file name, no spaces: `vnv.jpg`, `talk.mp3`, `report-2024.pdf`. */
const FILE_NAME = /^[^\s/\\]+$/u;

/**
 * `vnv.jpg`, `double.png`, `sample.mp4`: a label that is the name of a picture, a recording or a
 * document (the files Obsidian shows in place) is an input a table was run on or a file it lists:
 * an OCR's results per photo, a compressor's sizes per image. The things compared, if any, are the
 * tools on the other side, never the files. Read from the file formats Obsidian embeds, not words.
 */
export const fileLabel: NameRule = (label) => {
	const text = label.cell.text.trim();
	return FILE_NAME.test(text) && isShownFile(text) ? { rule: "file-label", score: -2, reason: "a file's name: an input or an attachment, no thing compared" } : null;
};
