// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../data/schema.ts';
import { useAppStore } from '../../state/store.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';

const story = {
  id: 'tour',
  title: { zh: '', en: 'Tour', ru: '' },
  steps: [1, 2, 3].map((i) => ({ time: `202${i}`, caption: { zh: '', en: '', ru: '' }, sources: [] })),
} as unknown as Story;

function Presenter() {
  usePresenterKeys([story], () => undefined);
  return (
    <select aria-label="Film size">
      <option>a</option>
      <option>b</option>
    </select>
  );
}

describe('usePresenterKeys', () => {
  it('steps with arrows on the page, but leaves arrows on a control to the control; PageDown always steps', () => {
    useAppStore.setState({ story: 'tour', step: 1, kiosk: false });
    const { getByLabelText } = render(<Presenter />);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(useAppStore.getState().step).toBe(2);
    const select = getByLabelText('Film size');
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.keyDown(select, { key: ' ' });
    expect(useAppStore.getState().step).toBe(2);
    fireEvent.keyDown(select, { key: 'PageDown' });
    expect(useAppStore.getState().step).toBe(3);
  });
});
