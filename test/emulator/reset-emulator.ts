/** Forgets every key, alias, grant and role in the emulator (moto's `POST /moto-api/reset`). */
export async function resetEmulator(endpoint: string): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  await response.arrayBuffer();
  if (!response.ok) {
    throw new Error(`POST ${endpoint}/moto-api/reset answered HTTP ${response.status}`);
  }
}
