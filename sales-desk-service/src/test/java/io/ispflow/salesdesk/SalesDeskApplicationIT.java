package io.ispflow.salesdesk;

import io.ispflow.testsupport.ServiceBootContract;

class SalesDeskApplicationIT extends ServiceBootContract {}
