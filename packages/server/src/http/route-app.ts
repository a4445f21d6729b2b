import type { IncomingMessage, ServerResponse } from "node:http";
import type { JsonSchemaToTsProvider } from "@fastify/type-provider-json-schema-to-ts";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";

/** Instants may be handed to the serializer as Date objects; it writes them as ISO 8601. */
type InstantsAsDates = {
  deserialize: [{ pattern: { type: "string"; format: "date-time" }; output: Date | string }];
};

/**
 * The Fastify instance routes are declared on: request and reply types come from each route's
 * JSON Schemas (one definition for validation, serialization, OpenAPI and TypeScript).
 */
export type RouteApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  JsonSchemaToTsProvider<{ SerializerSchemaOptions: InstantsAsDates }>
>;
