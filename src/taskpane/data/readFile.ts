/**
 * A picked file's bytes. `Blob.arrayBuffer()` where the browser has it (all current ones);
 * FileReader otherwise (older WebViews that Office still uses on some desktops, and jsdom).
 */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}
