// @ts-check
/**
 * A TypeDoc plugin: every rule id named under `@see` (`@see voiceroom.speaker-cap`) becomes a link to
 * that rule's section of the rule catalogue page (docs/rules.md, a project document). Relative URLs
 * depend on the page, so links carry a placeholder that is resolved when each page is written.
 */
import { Converter, Renderer, DocumentReflection } from 'typedoc';

const RULE_ID = /\b(voiceroom|calls|policy|support|kakaopage)\.[a-z0-9-]+\b/g;
const PLACEHOLDER = '__KAKAO_RULES_CATALOGUE__';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      const comments = [reflection.comment, ...('signatures' in reflection && Array.isArray(reflection.signatures) ? reflection.signatures.map((s) => s.comment) : [])];
      for (const comment of comments) {
        for (const tag of comment?.blockTags ?? []) {
          if (tag.tag !== '@see') continue;
          tag.content = tag.content.flatMap((part) => {
            if (part.kind !== 'text') return [part];
            const out = [];
            let last = 0;
            for (const m of part.text.matchAll(RULE_ID)) {
              if (m.index > last) out.push({ kind: 'text', text: part.text.slice(last, m.index) });
              out.push({ kind: 'inline-tag', tag: '@link', text: m[0], target: `${PLACEHOLDER}#${m[0].replace(/[^a-z0-9-]/g, '')}` });
              last = m.index + m[0].length;
            }
            if (last < part.text.length) out.push({ kind: 'text', text: part.text.slice(last) });
            return /** @type {import('typedoc').CommentDisplayPart[]} */ (out);
          });
        }
      }
    }
  });

  app.renderer.on(Renderer.EVENT_END_PAGE, (page) => {
    if (page.contents === undefined || !page.contents.includes(PLACEHOLDER)) return;
    const doc = Object.values(page.project.reflections).find((r) => r instanceof DocumentReflection && r.name === 'rules');
    if (doc === undefined || app.renderer.router === undefined) throw new Error('typedoc-rule-links: docs/rules.md is not among the project documents');
    const target = app.renderer.router.getFullUrl(doc);
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll(PLACEHOLDER, `${'../'.repeat(depth)}${target}`);
  });
}
