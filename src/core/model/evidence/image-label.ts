import type { NameRule } from "./rule";

/**
 * `![Chart](chart.png)`, `![](logo.svg)`, `![[zed.png]]`: a label that shows only an image
 * (a logo, a screenshot). Its text is the image's alt text, which describes the picture
 * ("Chart", "Logo") and names nothing, so it is no name of a thing compared; a side whose
 * labels are all images has no names to compare, whatever the pictures show.
 */
export const imageLabel: NameRule = (label) =>
	label.cell.image === true ? { rule: "image-label", score: -3, reason: "only an image: its alt text names no thing compared" } : null;
