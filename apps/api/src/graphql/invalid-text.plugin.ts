import { ApolloServerPlugin } from '@apollo/server';
import { ArgumentNode, DocumentNode, Kind, ValueNode, visit } from 'graphql';
import { ErrorReason, findInvalidText, isInvalidText } from '@prongsai/common';
import { refusal } from './complexity.plugin';

/** The field a value inside an argument is named by: the path within an input object, else the argument. */
function fieldName(argument: string, within: string): string {
  return within || argument;
}

function invalidInLiteral(value: ValueNode, path: string): string | null {
  switch (value.kind) {
    case Kind.STRING:
      return isInvalidText(value.value) ? path : null;
    case Kind.LIST:
      for (let i = 0; i < value.values.length; i++) {
        const found = invalidInLiteral(value.values[i], path ? `${path}.${i}` : String(i));
        if (found !== null) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const f of value.fields) {
        const found = invalidInLiteral(f.value, path ? `${path}.${f.name.value}` : f.name.value);
        if (found !== null) return found;
      }
      return null;
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.BOOLEAN:
    case Kind.NULL:
    case Kind.ENUM:
    case Kind.VARIABLE:
      return null;
  }
}

/**
 * The first argument value written in the document (`title: "a\u0000"`) or passed in the variables that
 * holds a NUL or a lone surrogate, named as the field a client would show the error at.
 */
export function invalidTextField(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  let found: string | null = null;
  // Which argument each variable feeds, so `$e` in `login(email: $e)` is reported as `email`.
  const argumentOfVariable = new Map<string, string>();
  visit(document, {
    Argument(node: ArgumentNode) {
      if (node.value.kind === Kind.VARIABLE) argumentOfVariable.set(node.value.name.value, node.name.value);
      if (found === null) {
        const within = invalidInLiteral(node.value, '');
        if (within !== null) found = fieldName(node.name.value, within);
      }
    },
    // Object fields and list entries fed by variables: `{ title: $t }`.
    ObjectField(node) {
      if (node.value.kind === Kind.VARIABLE && !argumentOfVariable.has(node.value.name.value)) {
        argumentOfVariable.set(node.value.name.value, node.name.value);
      }
    },
  });
  if (found !== null) return found;
  for (const [name, value] of Object.entries(variables ?? {})) {
    // Inside an input object the field is its path there (`dueDate` of `$input`), as for coercion errors.
    const within = findInvalidText(value);
    if (within !== null) return fieldName(argumentOfVariable.get(name) ?? name, within);
  }
  // Operation and fragment names and the like cannot hold one: graphql-js's lexer refuses raw NUL and lone
  // surrogates, and its string escapes refuse lone surrogates; only `\u0000` escapes reach us.
  return null;
}

/**
 * Refuses, before any resolver runs (so before any SQL), an operation whose argument values or variables hold
 * a NUL or a lone UTF-16 surrogate: 400 BAD_USER_INPUT, reason INVALID_TEXT, with the field. PostgreSQL
 * refuses both in text, which would otherwise surface as a 500 from inside a transaction. The global
 * InvalidTextPipe does the same for HTTP routes' bodies and params.
 */
export function invalidTextPlugin(): ApolloServerPlugin<object> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request }) => {
        const field = invalidTextField(document, request.variables);
        if (field !== null) {
          throw refusal(
            'The text holds a NUL character or an unpaired surrogate (not valid Unicode text)',
            'BAD_USER_INPUT',
            ErrorReason.INVALID_TEXT,
            400,
            { field },
          );
        }
      },
    }),
  };
}
