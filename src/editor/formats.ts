/** The names of the file formats main.ts registers with Decap and config.ts names for each collection. */
export const editorFormats = { markdown: 'bpjstk-frontmatter', data: 'bpjstk-yaml' } as const;
