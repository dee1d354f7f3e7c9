// In tests the content API runs outside React's server environment.
export {};
