import type {
  DefaultTypedEditorState,
  SerializedBlockNode,
  SerializedHeadingNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

import { randomBytes } from 'node:crypto'

/** Seed text in a compact form: a string is a paragraph; objects are headings, quotes and blocks. */
export type Block =
  | string
  | { h2: string }
  | { quote: string }
  | { pullQuote: string; attribution: string }
  | { products: readonly string[]; heading?: string }

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

/** A Lexical block node (the story body's BlocksFeature), ids like the admin's. */
function blockNode(fields: { blockType: string } & Record<string, string | string[]>): SerializedBlockNode {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: randomBytes(12).toString('hex'), blockName: '', ...fields },
  }
}

function node(block: Block) {
  if (typeof block === 'string') return paragraph(block)
  if ('h2' in block) return heading(block.h2)
  if ('quote' in block) return quote(block.quote)
  if ('pullQuote' in block)
    return blockNode({ blockType: 'pullQuote', quote: block.pullQuote, attribution: block.attribution })
  return blockNode({
    blockType: 'featuredProducts',
    heading: block.heading ?? '',
    products: [...block.products],
  })
}

/** Builds the Lexical JSON that Payload's rich-text fields store. */
export function richText(blocks: readonly Block[]): DefaultTypedEditorState<SerializedBlockNode> {
  return {
    root: {
      ...element,
      type: 'root',
      children: blocks.map(node),
    },
  }
}
