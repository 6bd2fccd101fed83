/** A method page: `updateUser(params)` returning `UserDto`, with a `Status` enum, for tests that change docs. */
export function userMethodPage(options: { params?: string; userRows?: string; statusRows?: string; method?: string } = {}): string {
  const params = options.params ?? "| userId | string | Yes | Who. |\n| nickname | string | No | Shown name. |";
  const userRows = options.userRows ?? "| userId | string | Yes | Id. |\n| email | string | No | Mail. |\n| status | <a href=\"#Status\">Status</a> | Yes | State. |";
  const statusRows = options.statusRows ?? "| Activated | enum | Normal. |\n| Suspended | enum | Paused. |";
  return `# Update a user

## Method name

\`ManagementClient.${options.method ?? "updateUser"}\`

## Request parameters

| Name | Type | Required | Description |
| --- | --- | --- | --- |
${params}

## Request response

Type: \`UserDto\`

## Data structure

### <a id="UserDto"></a> UserDto

| Name | Type | Required | Description |
| --- | --- | --- | --- |
${userRows}

### <a id="Status"></a> Status

| Name | Type | Description |
| --- | --- | --- |
${statusRows}
`;
}
