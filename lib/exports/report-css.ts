// Styles of the report document: readable on a phone, mirrored by logical properties for RTL, and a
// print sheet with page margins and no links' chrome.
export const REPORT_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Naskh Arabic","Liberation Serif",serif;color:#1d2330;background:#fff;line-height:1.8;font-size:1.05rem;overflow-wrap:anywhere}
a{color:#0b6b5c}
.masthead{display:flex;align-items:center;gap:.75rem;padding:.75rem 1rem;border-block-end:1px solid #d9dde5}
.masthead .logo{max-block-size:2.5rem;max-inline-size:8rem}
.masthead .org{font-weight:700}
.report,.report-footer{max-inline-size:46rem;margin-inline:auto;padding-inline:1rem}
h1{font-size:1.7rem;margin-block:1.25rem .5rem}
h2{font-size:1.3rem;margin-block:1.5rem .5rem}
h3{font-size:1.1rem;margin-block:1rem .25rem}
.claim{border-block-start:2px solid #d9dde5;padding-block:.5rem 1rem}
.claim-number{display:block;font-size:.9rem;color:#5b6475}
.retracted{border:2px solid #cf222e;border-radius:.4rem;padding:.5rem .75rem;margin-block:.75rem;background:#fff5f5}
.retracted p{margin:0}
.retracted-label{color:#cf222e;text-transform:uppercase}
.is-retracted .verdict{opacity:.55;text-decoration:line-through}
.verdict{border-inline-start:.4rem solid var(--verdict,#5b6475);padding-inline-start:.75rem;margin-block:.75rem}
.verdict p{margin:0}
.verdict-label{color:var(--verdict,#1d2330);font-size:1.2rem}
.scale-place{color:#5b6475;font-size:.9rem}
.scale{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:.4rem 0 0;font-size:.85rem}
.scale li{border:1px solid #d9dde5;border-radius:999px;padding:0 .6rem;color:#5b6475}
.scale li[aria-current]{border-color:var(--verdict,#1d2330);color:#1d2330;font-weight:700}
.quote{margin:.75rem 0}
.quote figcaption{font-size:.85rem;color:#5b6475}
.quote blockquote,.excerpt{margin:0;padding-inline-start:.75rem;border-inline-start:3px solid #d9dde5}
.excerpt{font-size:.95rem;color:#3b4352}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.5rem 0}
dt{font-weight:700}
dd{margin:0}
dd ul,.appearances{margin:0;padding-inline-start:1.1rem}
.sources ol{padding-inline-start:1.5rem}
.sources li{margin-block-end:.4rem}
.stance{color:#5b6475;font-size:.9rem}
.report-footer{border-block-start:1px solid #d9dde5;margin-block-start:2rem;padding-block:1rem 2rem;color:#5b6475}
@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-block-start:.4rem}}
@page{size:A4;margin:18mm 16mm}
@media print{
body{font-size:11pt;line-height:1.7}
.masthead{border:0;padding-inline:0}
.report,.report-footer{max-inline-size:none;padding:0}
h2,h3,.claim-number{break-after:avoid}
.verdict,.quote,.sources li,dl{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`;
