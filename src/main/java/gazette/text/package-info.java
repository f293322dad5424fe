/**
 * Rules about characters that every stage shares: {@link gazette.text.ForbiddenCharacters}, the
 * characters no page or feed may hold, whichever way a user's text brings them in. Imports nothing
 * from the other Gazette packages.
 */
package gazette.text;
