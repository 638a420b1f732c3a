import type { CharterError } from '../../app/errors';

/** A failed call, said plainly; it does not block the page and can be dismissed. */
export function ErrorBanner({ error, onDismiss }: { error: CharterError | null; onDismiss: () => void }) {
  // The alert region stays mounted so screen readers announce new messages.
  return (
    <div className="error-banner-region" role="alert">
      {error && (
        <div className="error-banner">
          <p className="error-banner__message">{error.message}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={onDismiss}
            aria-label="Dismiss error"
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
