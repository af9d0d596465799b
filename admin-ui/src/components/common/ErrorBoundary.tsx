import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ActionButton } from './ActionButton';

interface Props {
  children: ReactNode;
  /** Called on retry, e.g. to reset failed queries before rendering again. */
  onReset?: () => void;
  /** Changing it (e.g. the location) clears an error: navigating away from a broken screen works. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
}

/** Catches a rendering error of one screen so the shell (sidebar, header) keeps working, and offers a retry. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('screen failed to render', error, info.componentStack);
  }

  componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="mx-auto max-w-lg rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        <h2 className="text-lg font-semibold">Something went wrong on this screen</h2>
        <p className="mt-2 text-sm">The rest of the panel still works. Try again, or go to another screen.</p>
        <ActionButton className="mt-4" variant="primary" onClick={this.retry}>
          Try again
        </ActionButton>
      </div>
    );
  }
}
