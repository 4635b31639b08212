/** Shown for the moment a preview waits for what it needs (the jargon buster), so the page never changes under the reader. */
export function PreviewLoading() {
  return (
    <div className="app-width-container">
      <p className="app-secondary" role="status">
        Loading the preview…
      </p>
    </div>
  );
}
