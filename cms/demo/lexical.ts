/**
 * Turn the demo articles' plain paragraphs into Lexical rich text, as the admin's editor saves it:
 * "## " starts a subheading, "- " a bullet (consecutive bullets form one list), anything else a paragraph.
 */
type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const block = { direction: 'ltr', format: '', indent: 0, version: 1 }

export const paragraphsToLexical = (body: readonly string[]): { root: LexicalNode } => {
  const children: LexicalNode[] = []
  let list: LexicalNode[] | null = null
  for (const entry of body) {
    if (entry.startsWith('- ')) {
      if (!list) {
        list = []
        children.push({ ...block, type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: list })
      }
      list.push({
        ...block,
        type: 'listitem',
        value: list.length + 1,
        checked: undefined,
        children: [text(entry.slice(2))],
      })
      continue
    }
    list = null
    if (entry.startsWith('## '))
      children.push({ ...block, type: 'heading', tag: 'h2', children: [text(entry.slice(3))] })
    else children.push({ ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(entry)] })
  }
  return { root: { ...block, type: 'root', children } }
}
