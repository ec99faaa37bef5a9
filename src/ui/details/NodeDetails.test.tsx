// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDataset } from '../../domain/testDataset.ts';
import { useAppStore } from '../../state/store.ts';
import { DEFAULT_CHOICES } from '../../state/url.ts';
import { NodeDetails } from './NodeDetails.tsx';

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
    render(<NodeDetails dataset={dataset} nodeId="minsk" />);
    expect(screen.getByRole('heading', { name: 'Minsk' })).toBeInTheDocument();
    expect(screen.getByText('明斯克')).toBeInTheDocument();
    expect(screen.getByText('Минск')).toBeInTheDocument();
    const totals = screen.getByRole('table');
    expect(within(totals).getByRole('row', { name: /Talent/ })).toHaveTextContent('Talent05');
    const records = screen.getByRole('list');
    expect(within(records).getAllByRole('listitem')).toHaveLength(4);
    expect(within(records).getAllByText('illustrative')).toHaveLength(3);
    expect(within(records).getByText('reported')).toBeInTheDocument();
    expect(screen.getByText('A report')).toBeInTheDocument();
    // A source URL that is not http(s) never becomes a link.
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lists only the records of the current window', () => {
    useAppStore.setState({
      time: {
        from: { granularity: 'quarter', year: 2021, index: 1 },
        to: { granularity: 'quarter', year: 2021, index: 1 },
      },
      mode: 'period',
    });
    render(<NodeDetails dataset={dataset} nodeId="minsk" />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
  });
});
