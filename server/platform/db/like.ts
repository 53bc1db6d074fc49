/** LIKE patterns from user or stored text: the text matched literally, never as a pattern. */

/** Escapes LIKE metacharacters (backslash, % and _) so the text matches only itself. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
