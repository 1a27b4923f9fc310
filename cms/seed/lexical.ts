import type {
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

/** Seed text in a compact form: a string is a paragraph. */
export type Block = string | { h2: string } | { quote: string }

function text(value: string): SerializedTextNode {
  return { type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

function paragraph(value: string): SerializedParagraphNode<SerializedTextNode> {
  return { ...element, type: 'paragraph', textFormat: 0, children: [text(value)] }
}

function heading(value: string): SerializedHeadingNode<SerializedTextNode> {
  return { ...element, type: 'heading', tag: 'h2', children: [text(value)] }
}

function quote(value: string): SerializedQuoteNode<SerializedTextNode> {
  return { ...element, type: 'quote', children: [text(value)] }
}

/** Builds the Lexical JSON that Payload's rich-text fields store. */
export function richText(blocks: readonly Block[]): DefaultTypedEditorState {
  return {
    root: {
      ...element,
      type: 'root',
      children: blocks.map((block) =>
        typeof block === 'string'
          ? paragraph(block)
          : 'h2' in block
            ? heading(block.h2)
            : quote(block.quote),
      ),
    },
  }
}
