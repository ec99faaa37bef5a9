/**
 * What the page says when the words of its language could not be fetched (the network went away between
 * the app's code and its dictionary): without any dictionary, in all three languages at once, as plain
 * text, with a way to try again.
 */
const TEXT = {
  zh: '无法加载页面文字，请检查网络连接后重试。',
  en: 'The page’s words could not be loaded. Check the connection and try again.',
  ru: 'Не удалось загрузить тексты страницы. Проверьте соединение и попробуйте снова.',
} as const;

const RETRY = '重试 · Try again · Повторить';

export function showWordsMissing(root: HTMLElement): void {
  const box = document.createElement('div');
  box.className = 'words-missing';
  box.setAttribute('role', 'alert');
  for (const [lang, text] of Object.entries(TEXT)) {
    const p = document.createElement('p');
    p.lang = lang === 'zh' ? 'zh-CN' : lang;
    p.textContent = text;
    box.append(p);
  }
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = RETRY;
  retry.addEventListener('click', () => window.location.reload());
  box.append(retry);
  root.replaceChildren(box);
}
