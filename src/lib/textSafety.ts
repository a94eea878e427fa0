/*
 * Characters a reader cannot see but a computer obeys: control characters, bidirectional overrides
 * (which make `gpj.exe` read as `exe.jpg`) and zero-width characters (which hide a look-alike
 * inside a familiar word). None belongs in the site's text. The content check refuses them in
 * every text field and in the page text; the output check refuses them in every shipped file.
 */

/** The first hidden character in `text`, or undefined. Tabs and line breaks are ordinary text. */
export function hiddenCharacter(text: string): string | undefined {
  return hiddenCharacterPattern.exec(text)?.[0];
}

const hiddenCharacterPattern =
  // C0 controls but tab, LF and CR; DEL and the C1 controls; the Arabic letter mark; zero-width
  // space, joiners and marks; bidi embeddings, overrides and isolates; line and paragraph
  // separators; word joiner and invisible operators; the byte-order mark inside text.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** `U+202E`, for messages: the character itself would be invisible or reorder the message. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
