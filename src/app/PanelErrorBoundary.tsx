import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** Names the panel in the message, e.g. "The editor". */
  readonly panel: string
  readonly children: ReactNode
}

interface State {
  readonly error: Error | null
}

/**
 * Keeps a failing panel (or a lazily loaded chunk that did not arrive) from taking the whole
 * window down: the rest of the designer stays usable and the panel offers a retry.
 */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.panel} failed`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <div className="panel-error" role="alert">
        <p>
          {this.props.panel} could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
