const TEKENS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML (element content and quoted attributes): mail bodies, inzage. */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (c) => TEKENS[c]!);
}
