export { findFrontmatter } from "./frontmatter-block";
export { parseFrontmatter } from "./parse-frontmatter";
export type { FrontmatterInput } from "./read-frontmatter";
