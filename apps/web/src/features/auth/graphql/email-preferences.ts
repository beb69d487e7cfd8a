import { graphql } from '../../../gql';

export const EmailPreferencesDocument = graphql(`
  query EmailPreferences {
    myEmailPreferences {
      kind
      enabled
    }
  }
`);

export const UpdateEmailPreferencesDocument = graphql(`
  mutation UpdateEmailPreferences($preferences: [EmailPreferenceInput!]!) {
    updateEmailPreferences(preferences: $preferences) {
      kind
      enabled
    }
  }
`);
