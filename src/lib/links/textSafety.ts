/*
 * Characters a reader cannot see but a computer obeys: control characters, bidirectional overrides
 * (which make `gpj.exe` read as `exe.jpg`), zero-width characters (which hide a look-alike inside
 * a familiar word), tag characters and variation selectors (which carry hidden text or data after
 * an ordinary letter). None belongs in the site's text. The content check refuses them in every
 * text field and in the page text; the output check refuses them in every shipped file.
 */

/** The first hidden character in `text`, or undefined. Tabs and line breaks are ordinary text. */
export function hiddenCharacter(text: string): string | undefined {
  return hiddenCharacterPattern.exec(text)?.[0];
}

/*
 * By Unicode property, not a hand list, so each new Unicode version's invisible characters are
 * refused as the JavaScript engine learns them: Default_Ignorable_Code_Point (zero-width
 * characters, joiners, word joiner, invisible operators, soft hyphen, variation selectors, tag
 * characters U+E0000–U+E007F, the byte-order mark), Bidi_Control (embeddings, overrides, isolates,
 * marks), the controls but tab, LF and CR, and the line and paragraph separators, which are visible
 * nowhere yet break lines in some readers.
 *
 * U+FE0F, which asks for an emoji's colour form, is refused too: no content has emoji, the share
 * picture's font has no emoji to draw, and a run of variation selectors is how text smuggles hidden
 * bytes past a reader. An emoji without it still shows.
 */
const hiddenCharacterPattern = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cc}\u2028\u2029]/u;

/** `U+202E`, for messages: the character itself would be invisible or reorder the message. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
