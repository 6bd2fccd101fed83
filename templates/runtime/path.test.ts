import { describe, expect, it } from "vitest";
import { expandPath, renameParameters } from "./path.js";

describe("expandPath", () => {
  it("fills {name} segments with URL-encoded values and removes them from the parameters", () => {
    const expanded = expandPath("/api/applications/{appId}/kick-active-users", ["appId"], { appId: "a/b c?", userIds: ["u1"] });
    expect(expanded.path).toBe("/api/applications/a%2Fb%20c%3F/kick-active-users");
    expect(expanded.rest).toEqual({ userIds: ["u1"] });
  });
  it("leaves nothing to send when every parameter went into the path", () => {
    expect(expandPath("/a/{id}", ["id"], { id: 7 })).toEqual({ path: "/a/7", rest: undefined });
  });
  it("refuses a missing or empty path parameter rather than call another URL", () => {
    expect(() => expandPath("/a/{id}/b", ["id"], {})).toThrow("Missing path parameter `id` for /a/{id}/b");
    expect(() => expandPath("/a/{id}/b", ["id"], { id: "" })).toThrow(TypeError);
  });
  it("refuses `.` and `..`, which a URL parser would resolve into another endpoint, and keeps other dots in one segment", () => {
    expect(() => expandPath("/api/{appId}/kick", ["appId"], { appId: ".." })).toThrow("cannot be `..`");
    expect(() => expandPath("/api/{appId}/kick", ["appId"], { appId: "." })).toThrow(TypeError);
    const expanded = expandPath("/api/{appId}/kick", ["appId"], { appId: "../admin" });
    expect(expanded.path).toBe("/api/..%2Fadmin/kick");
    expect(new URL(expanded.path, "https://example.com/base/").pathname).toBe("/api/..%2Fadmin/kick");
    expect(expandPath("/api/{appId}/kick", ["appId"], { appId: "..." }).path).toBe("/api/.../kick");
  });
  it("returns a path without parameters unchanged", () => {
    const parameters = { a: 1 };
    expect(expandPath("/x", [], parameters)).toEqual({ path: "/x", rest: parameters });
  });
});

describe("renameParameters", () => {
  it("renames only the listed keys and does not change its input", () => {
    const input = { redirectUri: "https://x", state: "s" };
    expect(renameParameters(input, { redirectUri: "redirect_uri" })).toEqual({ redirect_uri: "https://x", state: "s" });
    expect(input).toEqual({ redirectUri: "https://x", state: "s" });
  });
  it("ignores inherited names and passes undefined through", () => {
    expect(renameParameters({ toString: "t" }, {})).toEqual({ toString: "t" });
    expect(renameParameters(undefined, { a: "b" })).toBeUndefined();
  });
});
