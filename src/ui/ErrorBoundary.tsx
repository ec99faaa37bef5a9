import { Component, type ReactNode } from 'react';
import { AUTO_RETRY_S, ErrorPanel } from './ErrorPanel.tsx';
import { isPresentRoom, useAppStore } from '../state/store.ts';

/** Last line of defence: an unexpected render error shows the translated panel, not a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error) {
      // A lobby screen has nobody to press "Try again".
      return (
        <ErrorPanel
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
          autoRetrySeconds={isPresentRoom(useAppStore.getState()) ? AUTO_RETRY_S : undefined}
        />
      );
    }
    return this.props.children;
  }
}
