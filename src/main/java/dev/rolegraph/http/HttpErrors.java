package dev.rolegraph.http;

import graphql.ErrorClassification;

/** What a client is told about the way it sent its request. */
enum HttpErrors implements ErrorClassification {

	/** A mutation sent by GET: only POST may write (answered 405). */
	METHOD_NOT_ALLOWED,

	/** A hash this server does not hold: send the document with it once (Apollo's persisted-query link does). */
	PERSISTED_QUERY_NOT_FOUND,

	/** Under an allow-list, a document that is not on it. */
	PERSISTED_QUERY_NOT_ALLOWED

}
