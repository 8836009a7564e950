export { findFrontmatter, lineOfKey, blankFrontmatter, splitLines, type FrontmatterBlock } from "./frontmatter-block";
export { parseFrontmatter, EMPTY_FRONTMATTER, type Frontmatter, type FrontmatterIssue, type FrontmatterResult } from "./parse-frontmatter";
export { frontmatterSchema } from "./frontmatter-schema";
export { readFrontmatter, type FrontmatterInput } from "./read-frontmatter";
