/**
 * Hands a file the app received (a PDF made on request) to the browser as a download, the
 * way a plain download link would: for answers to a POST, which a link cannot make.
 */
export function bewaarBestand(bestand: Blob, bestandsnaam: string): void {
  const url = URL.createObjectURL(bestand);
  const link = document.createElement('a');
  link.href = url;
  link.download = bestandsnaam;
  document.body.append(link);
  link.click();
  link.remove();
  // Later, so the browser has read the file before its address goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
