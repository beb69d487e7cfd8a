// `@prongsai/frameworks/data`: the framework definitions without the Nest module, entity and service, for
// pure code and its specs (scoring, the web app). `@prongsai/frameworks` re-exports all of it.
export * from '../framework-definition';
