// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDataset } from '../../domain/testDataset.ts';
import { useAppStore } from '../../state/store.ts';
import { DEFAULT_CHOICES } from '../../state/url.ts';
import { useScene } from '../../state/useScene.ts';
import { NodeDetails } from './NodeDetails.tsx';

/** The panel as the app mounts it: with the scene of the current view. */
function Details({ nodeId, data = dataset }: { nodeId: string; data?: typeof dataset }) {
  return <NodeDetails dataset={data} scene={useScene(data)} nodeId={nodeId} />;
}

const dataset = testDataset();
dataset.nodes[2]!.name = { zh: '明斯克', en: 'Minsk', ru: 'Минск' };
dataset.sources = [
  {
    id: 'report',
    title: 'A report',
    publisher: 'A publisher',
    date: '2025-09-05',
    language: 'zh',
    url: 'javascript:alert(1)',
  },
];
dataset.flows[1] = { ...dataset.flows[1]!, provenance: 'reported', sources: ['report'] };

describe('NodeDetails', () => {
  beforeEach(() => useAppStore.setState({ ...DEFAULT_CHOICES, lang: 'en' }));
  afterEach(cleanup);

  it('shows the node’s names, totals, records with provenance, and sources', () => {
    render(<Details nodeId="minsk" />);
    expect(screen.getByRole('heading', { name: 'Minsk' })).toBeInTheDocument();
    expect(screen.getByText('明斯克')).toBeInTheDocument();
    expect(screen.getByText('Минск')).toBeInTheDocument();
    const totals = screen.getByRole('table');
    expect(within(totals).getByRole('row', { name: /Talent/ })).toHaveTextContent('Talent05');
    const records = document.querySelector<HTMLElement>('.details-flows')!;
    expect(within(records).getAllByRole('listitem')).toHaveLength(4);
    expect(within(records).getAllByText('illustrative')).toHaveLength(3);
    expect(within(records).getByText('reported')).toBeInTheDocument();
    expect(screen.getByText('A report')).toBeInTheDocument();
    // A source URL that is not http(s) never becomes a link.
    expect(screen.queryByRole('link')).toBeNull();
    // Of Minsk's activity of 11, the one reported record carries 2.
    expect(screen.getByTestId('node-split')).toHaveTextContent('Reported: 2 · illustrative: 9');
  });

  it('lists the node’s connections as buttons that open the edge', () => {
    render(<Details nodeId="minsk" />);
    const connections = document.querySelector<HTMLElement>('.node-edges')!;
    const buttons = within(connections).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-edge'))).toEqual(
      expect.arrayContaining(['minsk~qingdao~talent']),
    );
    buttons.find((b) => b.getAttribute('data-edge') === 'minsk~qingdao~talent')!.click();
    expect(useAppStore.getState().edge).toBe('minsk~qingdao~talent');
  });

  it('in a reported-only view, lists only reported records', () => {
    useAppStore.setState({ provenance: 'reported' });
    render(<Details nodeId="minsk" />);
    const records = document.querySelector<HTMLElement>('.details-flows')!;
    expect(within(records).getAllByRole('listitem')).toHaveLength(1);
    expect(within(records).queryByText('illustrative')).toBeNull();
  });

  it('says a planned hub is planned and lists the events held at a node', () => {
    const withEvents = {
      ...dataset,
      nodes: dataset.nodes.map((n) => (n.id === 'wuhan' ? { ...n, status: 'planned' as const } : n)),
      events: [
        {
          id: 'e1',
          node: 'minsk',
          date: '2021-05',
          kind: 'conference' as const,
          title: { zh: '会议', en: 'A conference in Minsk', ru: 'Конференция' },
          attendance: { value: 300, qualifier: 'atLeast' as const },
          provenance: 'reported' as const,
          sources: ['report'],
        },
      ],
    };
    const { unmount } = render(<Details nodeId="wuhan" data={withEvents} />);
    expect(screen.getByText('planned: announced, not yet built')).toBeInTheDocument();
    unmount();
    render(<Details nodeId="minsk" data={withEvents} />);
    const event = screen.getByText('A conference in Minsk').closest('li')!;
    expect(event).toHaveTextContent('May 2021 · Conference · 300+ attending');
  });

  it('lists only the records of the current window', () => {
    useAppStore.setState({
      time: {
        from: { granularity: 'quarter', year: 2021, index: 1 },
        to: { granularity: 'quarter', year: 2021, index: 1 },
      },
      mode: 'period',
    });
    render(<Details nodeId="minsk" />);
    expect(
      within(document.querySelector<HTMLElement>('.details-flows')!).getAllByRole('listitem'),
    ).toHaveLength(2);
  });
});
