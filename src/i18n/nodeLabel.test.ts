import { describe, expect, it } from 'vitest';
import { nodeLabel, nodeName } from './nodeLabel.ts';

const hub = {
  name: { zh: '粤港澳大湾区', en: 'Guangdong-Hong Kong-Macao Greater Bay Area', ru: 'Большой залив' },
  shortName: { zh: '大湾区', en: 'Greater Bay Area', ru: 'Большой залив' },
};

describe('node labels', () => {
  it('use the short name when there is one', () => {
    expect(nodeName(hub, 'en')).toBe('Greater Bay Area');
    expect(nodeName({ name: hub.name }, 'zh')).toBe('粤港澳大湾区');
  });

  it('say "planned" beside a node that is not built, in every language', () => {
    expect(nodeLabel({ ...hub, status: 'planned' }, 'en')).toBe('Greater Bay Area (planned)');
    expect(nodeLabel({ ...hub, status: 'planned' }, 'zh')).toBe('大湾区（规划中）');
    expect(nodeLabel({ ...hub, status: 'planned' }, 'ru')).toBe('Большой залив (в планах)');
    expect(nodeLabel({ ...hub, status: 'active' }, 'en')).toBe('Greater Bay Area');
  });
});
