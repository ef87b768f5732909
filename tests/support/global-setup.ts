// Filled by the foundation: prepares the test database template when TEST_DATABASE_URL is set.
export default async function setup(): Promise<void> {}
